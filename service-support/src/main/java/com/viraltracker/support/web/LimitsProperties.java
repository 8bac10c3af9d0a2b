package com.viraltracker.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize {@code REQUEST_MAX_BODY_SIZE}: the largest request body a service reads (1MB) */
@ConfigurationProperties("viraltracker.limits")
public record LimitsProperties(DataSize maxBodySize) {
    public LimitsProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
    }
}
