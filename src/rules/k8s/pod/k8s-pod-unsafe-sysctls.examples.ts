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
      securityContext:
        sysctls:
          - name: net.ipv4.ip_local_port_range
            value: "32768 60999"
      containers:
        - name: app
          image: nginx:1.25
`,
    ],
    bad: [
      `apiVersion: batch/v1
kind: CronJob
metadata:
  name: tune
  namespace: ops
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          securityContext:
            sysctls:
              - name: kernel.msgmax
                value: "65536"
          containers:
            - name: tune
              image: example/tune:1.0
`,
    ],
  },
});
