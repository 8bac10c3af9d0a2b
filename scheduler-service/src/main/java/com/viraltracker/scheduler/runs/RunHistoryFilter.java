package com.viraltracker.scheduler.runs;

import com.viraltracker.events.JobType;
import com.viraltracker.support.web.FieldProblemException;
import java.util.List;

/** Which of a brand's runs to list: of one status, of one job type, or all (a null is no filter). */
public record RunHistoryFilter(RunStatus status, JobType jobType) {
    static final String STATUS = "status";
    static final String JOB_TYPE = "job_type";

    /**
     * The query parameters as given, or a 400 problem naming the unknown one. An empty value is no filter, as a
     * form's "all" option sends it ({@code ?status=}).
     */
    static RunHistoryFilter parse(String status, String jobType) {
        status = status == null || status.isBlank() ? null : status;
        jobType = jobType == null || jobType.isBlank() ? null : jobType;
        RunStatus runStatus = status == null
                ? null
                : RunStatus.fromWireName(status)
                        .orElseThrow(
                                () -> new FieldProblemException(STATUS, "must be one of " + RunStatus.wireNames()));
        JobType type = jobType == null
                ? null
                : JobType.fromWireName(jobType)
                        .orElseThrow(() ->
                                new FieldProblemException(JOB_TYPE, "must be one of " + List.of(JobType.wireNames())));
        return new RunHistoryFilter(runStatus, type);
    }
}
