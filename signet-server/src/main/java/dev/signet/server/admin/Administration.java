package dev.signet.server.admin;

/**
 * Everything the console and the admin API administer: apps and users ({@link AdminService}),
 * App Manager details and policies, user settings, profile IP ranges and console admins.
 */
public record Administration(
        AdminService admin, AppManager apps, UserManager users, IpRangeAdmin ipRanges, ConsoleAdmins consoleAdmins) {}
