package com.viraltracker.scorecard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ROAS scorecards by ad, stored reports and e-mail export. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScorecardApplication {
    public static void main(String[] args) {
        SpringApplication.run(ScorecardApplication.class, args);
    }
}
