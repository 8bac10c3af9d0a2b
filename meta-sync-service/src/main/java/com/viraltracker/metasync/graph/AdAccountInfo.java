package com.viraltracker.metasync.graph;

import java.time.ZoneId;

/** An ad account as Meta describes it; {@code id} is the {@code act_<digits>} form. */
public record AdAccountInfo(String id, String name, String currency, ZoneId timeZone, int accountStatus) {}
