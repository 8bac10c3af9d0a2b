package com.viraltracker.benchmarks.report;

/** A target a figure is held to, and whether the measured value meets it. */
public record Check(String label, String target, String measured, boolean met) {}
