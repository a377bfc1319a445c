package dev.signet.server.data;

/** Default labels from API names, the way Setup suggests them: {@code Account_Owner__c} → "Account Owner". */
final class Labels {
    private Labels() {}

    static String fromApiName(String apiName) {
        String base = apiName.endsWith("__c") ? apiName.substring(0, apiName.length() - 3) : apiName;
        base = base.endsWith("Id") && base.length() > 2 && !apiName.endsWith("__c")
                ? base.substring(0, base.length() - 2) + " ID" : base;
        return base.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").trim();
    }
}
