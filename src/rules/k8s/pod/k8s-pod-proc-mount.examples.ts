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
    ],
    bad: [
      `apiVersion: v1
kind: Pod
metadata:
  name: nested
  namespace: ci
spec:
  hostUsers: false
  containers:
    - name: builder
      image: example/builder:2.0
      securityContext:
        procMount: Unmasked
`,
    ],
  },
});
