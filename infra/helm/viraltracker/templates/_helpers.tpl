{{/* Names and labels. */}}
{{- define "viraltracker.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "viraltracker.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "viraltracker.chartLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: viraltracker
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "viraltracker.labels" -}}
{{ include "viraltracker.chartLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* A component's resource name; ctx: dict root, c (its values). */}}
{{- define "viraltracker.componentName" -}}
{{- printf "%s-%s" (include "viraltracker.fullname" .root) .c.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* app.kubernetes.io/name is the service's own name: Prometheus' job label, which alerts.yml matches. */}}
{{- define "viraltracker.selectorLabels" -}}
app.kubernetes.io/name: {{ .c.name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "viraltracker.componentLabels" -}}
{{ include "viraltracker.chartLabels" .root }}
{{ include "viraltracker.selectorLabels" . }}
app.kubernetes.io/component: {{ if .c.jobType }}worker{{ else if eq .c.name "console" }}web{{ else }}scheduler{{ end }}
{{- end -}}

{{- define "viraltracker.image" -}}
{{- $root := .root -}}
{{- $tag := default $root.Chart.AppVersion $root.Values.image.tag -}}
{{- if $root.Values.image.registry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" $root.Values.image.registry) .c.image $tag -}}
{{- else -}}
{{- printf "%s:%s" .c.image $tag -}}
{{- end -}}
{{- end -}}

{{/* The enabled components, in a fixed order. */}}
{{- define "viraltracker.componentKeys" -}}
{{- $keys := list -}}
{{- range $key := list "scheduler" "metaSync" "scorecard" "adCreation" "console" -}}
{{- if (index $.Values.components $key).enabled -}}{{- $keys = append $keys $key -}}{{- end -}}
{{- end -}}
{{- $keys | toJson -}}
{{- end -}}

{{/* Topic names, as common-events' Topics has them (KafkaTopicNamesTest keeps the two equal). */}}
{{- define "viraltracker.jobTopic" -}}
{{- printf "viraltracker.jobs.%s.v1" . -}}
{{- end -}}
{{- define "viraltracker.resultTopic" -}}viraltracker.job-results.v1{{- end -}}

{{/* The consumer group of a job type's workers (service-support's WorkerAutoConfiguration). */}}
{{- define "viraltracker.workerGroup" -}}
{{- printf "viraltracker-%s-worker" . -}}
{{- end -}}

{{/* Partitions of a job type's topic: Strimzi's when it manages the topics, else what the services create. */}}
{{- define "viraltracker.jobPartitions" -}}
{{- $root := .root -}}
{{- if $root.Values.kafka.strimzi.topics.enabled -}}
{{- index $root.Values.kafka.strimzi.topics.partitions .jobType -}}
{{- else -}}
{{- $root.Values.kafka.topicPartitions -}}
{{- end -}}
{{- end -}}

{{- define "viraltracker.saslEnabled" -}}
{{- if hasPrefix "SASL" .Values.kafka.securityProtocol -}}true{{- end -}}
{{- end -}}

{{- define "viraltracker.autoscaled" -}}
{{- if and .c.jobType (or .root.Values.keda.enabled (and .c.autoscaling .c.autoscaling.enabled)) -}}true{{- end -}}
{{- end -}}

{{/* Values without a default, checked once before anything renders. */}}
{{- define "viraltracker.validate" -}}
{{- $v := .Values -}}
{{- $services := false -}}
{{- range $key := list "scheduler" "metaSync" "scorecard" "adCreation" -}}
{{- if (index $v.components $key).enabled -}}{{- $services = true -}}{{- end -}}
{{- end -}}
{{- if $services -}}
{{- if not $v.postgresql.host -}}{{- fail "postgresql.host is required: the services' PostgreSQL server" -}}{{- end -}}
{{- if not $v.kafka.bootstrapServers -}}{{- fail "kafka.bootstrapServers is required: the Kafka cluster's bootstrap servers" -}}{{- end -}}
{{- end -}}
{{- $jwt := $v.auth.jwt -}}
{{- if not (or $jwt.issuerUri $jwt.jwkSetUri $jwt.hs256Secret.existingSecret) -}}
{{- fail "auth.jwt.issuerUri (or auth.jwt.jwkSetUri, or auth.jwt.hs256Secret.existingSecret for a test cluster) is required: the services refuse to start without a way to verify tokens" -}}
{{- end -}}
{{- if and $jwt.hs256Secret.existingSecret (or $jwt.issuerUri $jwt.jwkSetUri) -}}
{{- fail "auth.jwt.hs256Secret cannot be combined with auth.jwt.issuerUri or auth.jwt.jwkSetUri" -}}
{{- end -}}
{{- if and (or $v.kafka.strimzi.topics.enabled $v.kafka.strimzi.users.enabled) (not $v.kafka.strimzi.clusterName) -}}
{{- fail "kafka.strimzi.clusterName is required when kafka.strimzi.topics or kafka.strimzi.users is enabled" -}}
{{- end -}}
{{- range $key := list "metaSync" "scorecard" "adCreation" -}}
{{- $c := index $v.components $key -}}
{{- if and $c.enabled $c.autoscaling.enabled (not $v.keda.enabled) -}}
{{- $partitions := include "viraltracker.jobPartitions" (dict "root" $ "jobType" $c.jobType) | int -}}
{{- if gt (mul $c.autoscaling.maxReplicas $c.concurrency) $partitions -}}
{{- fail (printf "components.%s: autoscaling.maxReplicas (%d) x concurrency (%d) exceeds the %d partitions of %s; the extra consumers would sit idle" $key (int $c.autoscaling.maxReplicas) (int $c.concurrency) $partitions (include "viraltracker.jobTopic" $c.jobType)) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "viraltracker.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "viraltracker.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* One egress rule of networkPolicy.egress; an empty "to" allows any address on its ports. */}}
{{- define "viraltracker.egressRule" -}}
- ports:
    {{- range $port := .rule.ports }}
    - port: {{ $port }}
      protocol: TCP
    {{- if $.udp }}
    - port: {{ $port }}
      protocol: UDP
    {{- end }}
    {{- end }}
  {{- with .rule.to }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
