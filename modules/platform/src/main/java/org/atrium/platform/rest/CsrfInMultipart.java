package org.atrium.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler of multipart forms (uploads) that checks the CSRF token itself, from the form's
 * {@code csrf} field, with {@link Callers#requireCsrf}: {@link AuthFilter} cannot read that field
 * without holding the whole upload in memory.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CsrfInMultipart {}
