package com.viraltracker.metasync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Brand to ad account links, the Graph API client and meta_ads_performance. */
@SpringBootApplication
public class MetaSyncApplication {
    public static void main(String[] args) {
        SpringApplication.run(MetaSyncApplication.class, args);
    }
}
