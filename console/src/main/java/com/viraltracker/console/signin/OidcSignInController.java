package com.viraltracker.console.signin;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

/** The production sign-in page: one link to the issuer's login (the console never sees a password). */
@Controller
@Conditional(SignInMode.Oidc.class)
public class OidcSignInController {
    private final AuthSettings auth;

    public OidcSignInController(AuthSettings auth) {
        this.auth = auth;
    }

    @GetMapping("/sign-in")
    public String page(ServerWebExchange exchange, Model model) {
        model.addAttribute("issuer", auth.jwtIssuerUri());
        model.addAttribute("loginUrl", "/oauth2/authorization/" + OidcSignIn.REGISTRATION);
        model.addAttribute("signedOut", exchange.getRequest().getQueryParams().containsKey("signed-out"));
        model.addAttribute("expired", exchange.getRequest().getQueryParams().containsKey("expired"));
        if (exchange.getRequest().getQueryParams().containsKey("refused")) {
            model.addAttribute(
                    "refusal",
                    "The sign-in was refused: your account has no viraltracker role or brands. Ask an admin.");
        }
        // One sign-in page for both ways in: with an issuer it offers the identity provider instead of the form.
        return "sign-in";
    }
}
