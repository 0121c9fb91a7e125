package eu.od4growth.assessment.campaign.web;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.campaign.application.CampaignExport;

/** The JSON export of a campaign (written as a stream; this record only documents its shape). */
@Schema(name = "CampaignExport")
public record ExportDocument(UUID campaign, UUID model, String modelCode,
        @Schema(description = "Question codes, in the model's order") List<String> questions,
        @Schema(description = "Dimension codes, in the model's order") List<String> dimensions,
        List<CampaignExport.Row> rows) {
}
