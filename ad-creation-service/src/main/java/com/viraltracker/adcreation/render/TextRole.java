package com.viraltracker.adcreation.render;

/** The texts printed on a creative. */
public enum TextRole {
    HEADLINE,
    BODY,
    CTA
}
