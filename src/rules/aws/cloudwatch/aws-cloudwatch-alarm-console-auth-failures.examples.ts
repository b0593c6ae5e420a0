import { defineExamples } from '../../kit/index.js';
import { CIS_MONITORING } from '../../kit/aws-cis-monitoring.js';
import { cisMonitoringExamples } from '../../kit/fixtures-cis-monitoring.js';

export default defineExamples(cisMonitoringExamples(CIS_MONITORING.consoleAuthFailures));
