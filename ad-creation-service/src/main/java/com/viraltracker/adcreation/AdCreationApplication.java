package com.viraltracker.adcreation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Products, templates and generated ad variations with rendered creatives. */
@SpringBootApplication
public class AdCreationApplication {
    public static void main(String[] args) {
        // Creatives are drawn with Java2D on servers without a display.
        System.setProperty("java.awt.headless", "true");
        SpringApplication.run(AdCreationApplication.class, args);
    }
}
