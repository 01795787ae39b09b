package org.atrium.platform.auth;

/** What a successful sign-in or refresh hands back to an API client. */
public record TokenPair(String accessToken, long expiresIn, String refreshToken) {}
