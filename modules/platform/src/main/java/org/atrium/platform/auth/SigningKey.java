package org.atrium.platform.auth;

/** A secret the access tokens are signed with, named by {@code kid} in each token's header. */
public record SigningKey(String kid, byte[] secret) {}
