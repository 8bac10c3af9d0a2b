package com.viraltracker.adcreation.products;

import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.support.web.ProblemDetailsAdvice;
import java.util.List;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Oversized uploads are a 413 problem that still names the field, like every other input problem. */
@RestControllerAdvice
public class UploadProblems {

    @ExceptionHandler({ImageTooLargeException.class, DataBufferLimitException.class})
    public org.springframework.http.ResponseEntity<ProblemDetail> tooLarge(RuntimeException e) {
        ProblemDetail problem = ProblemDetailsAdvice.invalid(List.of(
                new FieldViolation("image", "must be at most " + ImageDecoder.MAX_BYTES / (1024 * 1024) + " MB")));
        problem.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        problem.setTitle("Image too large");
        return org.springframework.http.ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem);
    }
}
