/**
 * Domain errors every feature may throw, free of HTTP: the API layer maps them to problem+json. Depends on
 * nothing, so every package can use it without a cycle.
 */
package org.newsgraph.error;
