/**
 * Spaces: public, private and secret project spaces and communities, their members and roles, and
 * {@link org.atrium.spaces.AccessPolicy}, the one place that decides who may see a space, read its
 * content, contribute to it or manage it. Every module that shows space content asks the policy;
 * secret spaces are invisible (404), not merely forbidden, to non-members.
 */
package org.atrium.spaces;
