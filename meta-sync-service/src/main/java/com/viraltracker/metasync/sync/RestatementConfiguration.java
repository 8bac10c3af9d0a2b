package com.viraltracker.metasync.sync;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link RestatementWindow} and {@link BackfillProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RestatementWindow.class, BackfillProperties.class})
class RestatementConfiguration {}
