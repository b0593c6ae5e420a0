import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  kubernetes: {
    good: [
      `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: shop
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: report
              image: example/report:3.1
              securityContext:
                capabilities:
                  drop: ["ALL"]
`,
    ],
    bad: [
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
          securityContext:
            capabilities:
              drop: ["NET_RAW"]
`,
      `apiVersion: v1
kind: Pod
metadata:
  name: tool
  namespace: ops
spec:
  containers:
    - name: tool
      image: busybox:1.36
`,
    ],
  },
});
