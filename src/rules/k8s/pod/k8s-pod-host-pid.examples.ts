import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  kubernetes: {
    good: [
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: nginx:1.25
`,
      `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: shop
spec:
  schedule: "*/30 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          hostPID: false
          restartPolicy: Never
          containers:
            - name: report
              image: example/report:3.1
`,
    ],
    bad: [
      `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: monitor
  namespace: ops
spec:
  selector:
    matchLabels: { app: monitor }
  template:
    metadata:
      labels: { app: monitor }
    spec:
      hostPID: true
      containers:
        - name: monitor
          image: example/monitor:1.2
`,
      `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "debug" },
  "spec": {
    "hostPID": true,
    "containers": [{ "name": "debug", "image": "busybox:1.36" }]
  }
}
`,
    ],
  },
});
