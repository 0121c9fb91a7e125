package eu.od4growth.assessment.campaign.web;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.campaign.application.CampaignExport;

/** The JSON export of a campaign (written as a stream; this record only documents its shape). */
@Schema(name = "CampaignExport", description = "The JSON export of a campaign for its coordinators (ids of the campaign and of its model): the model's question and dimension codes, in the model's order, and one row per assessment of the campaign (the CSV export has the same columns)")
public record ExportDocument(UUID campaign, UUID model,
        @Schema(description = "Code of the questionnaire model answered", examples = "od4g-local-maturity-2026") String modelCode,
        @Schema(description = "Question codes, in the model's order", examples = "[\"POL.1.1\", \"POL.1.2\", \"POR.2.3\"]") List<String> questions,
        @Schema(description = "Dimension codes, in the model's order", examples = "[\"policy\", \"portal\", \"quality\", \"impact\"]") List<String> dimensions,
        List<CampaignExport.Row> rows) {
}
