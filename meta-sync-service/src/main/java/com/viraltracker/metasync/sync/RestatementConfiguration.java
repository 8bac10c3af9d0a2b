package com.viraltracker.metasync.sync;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link RestatementWindow}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RestatementWindow.class)
class RestatementConfiguration {}
