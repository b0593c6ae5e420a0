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
            privileged: false
`,
      // Unset is the Kubernetes default: not privileged.
      `apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  containers:
    - name: tool
      image: busybox:1.36
`,
    ],
    bad: [
      `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: kube-system
spec:
  selector:
    matchLabels: { app: agent }
  template:
    metadata:
      labels: { app: agent }
    spec:
      containers:
        - name: agent
          image: example/agent:2.0
          securityContext:
            privileged: true
`,
      // An init container counts too.
      `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: prepare
              image: busybox:1.36
              securityContext: { privileged: true }
          containers:
            - name: backup
              image: example/backup:1.0
`,
    ],
    unknown: [
      `apiVersion: v1
kind: Pod
metadata:
  name: templated
spec:
  containers:
    - name: app
      image: nginx:1.25
      securityContext:
        privileged: "{{ .Values.privileged }}"
`,
    ],
  },
});
