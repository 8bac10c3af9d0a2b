package com.viraltracker.adcreation.copy;

/** Meta's call-to-action button types we use, with the label a person sees. */
public enum CallToAction {
    SHOP_NOW("Shop Now"),
    LEARN_MORE("Learn More"),
    GET_OFFER("Get Offer"),
    BUY_NOW("Buy Now"),
    ORDER_NOW("Order Now");

    private final String label;

    CallToAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
