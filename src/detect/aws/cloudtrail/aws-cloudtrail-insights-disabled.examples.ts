import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const put = (insightSelectors: unknown[]) => apiCall('cloudtrail', 'PutInsightSelectors', { trailName: 'org-trail', insightSelectors });

export default defineDetectionExamples({
  fires: [{ name: 'selectors emptied', records: [put([])] }],
  quiet: [
    { name: 'Insights enabled', records: [put([{ insightType: 'ApiCallRateInsight' }, { insightType: 'ApiErrorRateInsight' }])] },
    { name: 'refused', records: [refused(put([]))] },
  ],
});
