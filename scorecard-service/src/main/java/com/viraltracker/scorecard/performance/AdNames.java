package com.viraltracker.scorecard.performance;

/** An ad's name and its campaign's, as the ad's last day in the period has them (ads get renamed). */
public record AdNames(String adName, String campaignName) {}
