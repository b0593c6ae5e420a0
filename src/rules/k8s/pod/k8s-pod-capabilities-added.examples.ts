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
          securityContext:
            capabilities:
              drop: ["ALL"]
              add: ["NET_BIND_SERVICE"]
`,
    ],
    bad: [
      `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: cni
  namespace: kube-system
spec:
  selector:
    matchLabels: { app: cni }
  template:
    metadata:
      labels: { app: cni }
    spec:
      containers:
        - name: cni
          image: example/cni:1.9
          securityContext:
            capabilities:
              add: ["NET_ADMIN", "SYS_ADMIN"]
`,
      `apiVersion: batch/v1
kind: CronJob
metadata:
  name: probe
  namespace: ops
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: probe
              image: example/probe:0.3
              securityContext:
                capabilities:
                  add: ["CAP_SYS_PTRACE"]
`,
    ],
  },
});
