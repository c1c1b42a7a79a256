package dev.flexkit.sandbox.domain;

import dev.flexkit.client.model.VisitType;
import java.time.LocalDate;

/** A Letter of Medical Necessity: granted to a customer for one visit type, dated the day of the consultation. */
public record Letter(String customerId, VisitType visitType, LocalDate consultationDate) {}
