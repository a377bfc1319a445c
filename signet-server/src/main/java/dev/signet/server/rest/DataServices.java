package dev.signet.server.rest;

import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.RecordService;
import dev.signet.server.data.RecordSources;
import dev.signet.server.data.RecordStore;
import dev.signet.server.data.soql.QueryCursors;
import dev.signet.server.data.soql.SoqlEngine;

/** The record layer the REST data API serves: object catalog, record store and sources, DML, SOQL and its query locators. */
public record DataServices(
        ObjectCatalog catalog,
        RecordStore store,
        RecordSources sources,
        RecordService records,
        SoqlEngine soql,
        QueryCursors cursors) {}
