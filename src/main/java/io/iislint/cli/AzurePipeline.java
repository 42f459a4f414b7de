package io.iislint.cli;

import io.iislint.report.SarifReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Azure Pipelines job a run is part of, from the agent's predefined variables, for the SARIF report's
 * {@code automationDetails}: GitHub Advanced Security for Azure DevOps files a report's alerts under the pipeline
 * named there, and refuses one that names none (the SARIF Multitool's GHAzDO1014, 1019 and 1020 rules say what it
 * requires: an id {@code azuredevops/pipeline/build/ORG/PROJECT-ID/DEFINITION-ID/PHASE-ID/BRANCH-REF/BUILD-ID} and
 * the definition's id and name and the phase's id and name as properties). Outside a pipeline ({@code TF_BUILD} not
 * set) the report names none, and is the same on every run.
 */
final class AzurePipeline {
    private static final String PREFIX = "azuredevops/pipeline/build/";

    private AzurePipeline() {}

    /** What the report says of its pipeline, or why the variables do not tell (a warning, one line). */
    record Found(Optional<SarifReport.Automation> automation, Optional<String> warning) {
        static final Found NONE = new Found(Optional.empty(), Optional.empty());
    }

    static Found from(Function<String, String> env) {
        String tfBuild = env.apply("TF_BUILD");
        if (tfBuild == null
                || !(tfBuild.trim().equalsIgnoreCase("true") || tfBuild.trim().equals("1"))) return Found.NONE;
        List<String> problems = new ArrayList<>();
        String org = organisation(env.apply("SYSTEM_COLLECTIONURI"), problems);
        String project = guid("SYSTEM_TEAMPROJECTID", env.apply("SYSTEM_TEAMPROJECTID"), problems);
        String definitionId = positive(
                "BUILD_DEFINITIONID",
                first(env.apply("BUILD_DEFINITIONID"), env.apply("SYSTEM_DEFINITIONID")),
                problems);
        String definitionName = required("BUILD_DEFINITIONNAME", env.apply("BUILD_DEFINITIONNAME"), problems);
        String buildId = positive("BUILD_BUILDID", env.apply("BUILD_BUILDID"), problems);
        String phaseId =
                guid("SYSTEM_PHASEID", first(env.apply("SYSTEM_PHASEID"), env.apply("SYSTEM_JOBID")), problems);
        String phaseName = required(
                "SYSTEM_PHASENAME", first(env.apply("SYSTEM_PHASENAME"), env.apply("SYSTEM_JOBNAME")), problems);
        String branch = required("BUILD_SOURCEBRANCH", env.apply("BUILD_SOURCEBRANCH"), problems);
        if (!problems.isEmpty()) {
            return new Found(
                    Optional.empty(),
                    Optional.of("iislint: warning: TF_BUILD is set, but the Azure Pipelines variables do not name the"
                            + " pipeline (" + String.join("; ", problems) + "): the SARIF report's automationDetails"
                            + " names none, and GitHub Advanced Security for Azure DevOps will not take it"));
        }
        String ref = branch.startsWith("refs/") ? branch : "refs/heads/" + branch;
        return new Found(
                Optional.of(new SarifReport.Automation(
                        PREFIX + org + "/" + project + "/" + definitionId + "/" + phaseId + "/" + ref + "/" + buildId,
                        Map.of(
                                PREFIX + "buildDefinitionId", definitionId,
                                PREFIX + "buildDefinitionName", definitionName,
                                PREFIX + "phaseId", phaseId,
                                PREFIX + "phaseName", phaseName))),
                Optional.empty());
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String required(String name, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(name + " is not set");
            return "";
        }
        return value.trim();
    }

    private static String positive(String name, String value, List<String> problems) {
        String v = required(name, value, problems);
        if (v.isEmpty()) return v;
        try {
            if (Integer.parseInt(v) > 0) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " is not a positive number");
        return "";
    }

    private static String guid(String name, String value, List<String> problems) {
        String v = required(name, value, problems);
        if (v.isEmpty()) return v;
        try {
            UUID u = UUID.fromString(v);
            if (u.toString().equalsIgnoreCase(v) && !u.equals(new UUID(0, 0))) return v.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(name + " is not a GUID");
        return "";
    }

    /** The organisation of https://dev.azure.com/ORG/ or https://ORG.visualstudio.com/ (and their vsrm. forms). */
    private static String organisation(String collectionUri, List<String> problems) {
        String v = required("SYSTEM_COLLECTIONURI", collectionUri, problems);
        if (v.isEmpty()) return v;
        try {
            URI uri = new URI(v);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+", "");
            String segment = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            if ((host.equals("dev.azure.com") || host.equals("vsrm.dev.azure.com")) && !segment.isEmpty())
                return segment;
            if (host.endsWith(".visualstudio.com")) {
                String sub = host.substring(0, host.length() - ".visualstudio.com".length());
                if (sub.endsWith(".vsrm")) sub = sub.substring(0, sub.length() - ".vsrm".length());
                if (!sub.isEmpty()) return sub;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add("SYSTEM_COLLECTIONURI is not an Azure DevOps organisation's address");
        return "";
    }
}
