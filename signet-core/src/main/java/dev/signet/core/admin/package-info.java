/**
 * The admin API's request and response records, shared by the server ({@code /admin/api}) and the
 * CLI ({@code signet admin}), so neither builds or parses admin JSON by hand. Field names are the
 * wire names. Requests check their required fields when built, on either side, so a missing field
 * is refused in one place; times travel as ISO-8601 text.
 */
package dev.signet.core.admin;
