/**
 * The JSON API of communities and Q&amp;A: thin resources that parse, call one service method and
 * map the answer to explicit JSON records (ids as strings).
 */
package org.atrium.communities.rest;
