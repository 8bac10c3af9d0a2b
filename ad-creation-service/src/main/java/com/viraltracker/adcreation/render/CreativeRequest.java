package com.viraltracker.adcreation.render;

import com.viraltracker.adcreation.color.PaintPalette;
import com.viraltracker.adcreation.copy.AdCopy;
import com.viraltracker.adcreation.templates.Template;
import java.awt.image.BufferedImage;

/** Everything one creative is made from. */
public record CreativeRequest(Template template, PaintPalette palette, AdCopy copy, BufferedImage productImage) {}
