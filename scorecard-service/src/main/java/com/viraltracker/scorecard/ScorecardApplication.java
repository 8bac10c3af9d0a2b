package com.viraltracker.scorecard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** ROAS scorecards by ad, stored reports and e-mail export. */
@SpringBootApplication
public class ScorecardApplication {
    public static void main(String[] args) {
        SpringApplication.run(ScorecardApplication.class, args);
    }
}
