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
          image: registry.example.com:5000/shop/web:1.4.2
`,
      // A digest pins the image whatever the tag says.
      `apiVersion: v1
kind: Pod
metadata:
  name: pinned
  namespace: shop
spec:
  containers:
    - name: app
      image: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
`,
    ],
    bad: [
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
              image: example/report:latest
`,
      // No tag means latest; the registry port is not a tag.
      `apiVersion: v1
kind: Pod
metadata:
  name: tool
  namespace: ops
spec:
  containers:
    - name: tool
      image: registry.example.com:5000/tools/busybox
`,
    ],
  },
});
