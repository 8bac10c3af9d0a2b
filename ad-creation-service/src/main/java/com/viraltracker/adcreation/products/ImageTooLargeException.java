package com.viraltracker.adcreation.products;

/** An upload past {@link ImageDecoder#MAX_BYTES}; answered 413. */
public class ImageTooLargeException extends RuntimeException {
    public ImageTooLargeException() {
        super("image: must be at most " + ImageDecoder.MAX_BYTES / (1024 * 1024) + " MB");
    }
}
