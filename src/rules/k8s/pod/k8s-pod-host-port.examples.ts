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
          ports:
            - containerPort: 8080
`,
    ],
    bad: [
      `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ingress
  namespace: edge
spec:
  selector:
    matchLabels: { app: ingress }
  template:
    metadata:
      labels: { app: ingress }
    spec:
      containers:
        - name: proxy
          image: example/proxy:1.8
          ports:
            - containerPort: 443
              hostPort: 443
`,
    ],
  },
});
