package com.viraltracker.benchmarks.report;

/** A target of the issue and whether the measured value meets it. */
public record Check(String label, String target, String measured, boolean met) {}
