package com.viraltracker.adcreation.render;

/** One line of text as drawn: its left origin and baseline, in canvas pixels. */
public record PlacedLine(String text, int x, int baseline) {}
