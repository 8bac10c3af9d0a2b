package com.viraltracker.adcreation.products;

/** An image that decoded cleanly, with its bytes as uploaded. */
public record UploadedImage(String contentType, int width, int height, byte[] bytes) {}
