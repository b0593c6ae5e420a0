import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  kubernetes: {
    good: [
      `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: data
spec:
  serviceName: db
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: db
          image: postgres:16.2
          volumeMounts:
            - { name: scratch, mountPath: /tmp }
      volumes:
        - name: scratch
          emptyDir: {}
`,
    ],
    bad: [
      `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-shipper
  namespace: ops
spec:
  selector:
    matchLabels: { app: log-shipper }
  template:
    metadata:
      labels: { app: log-shipper }
    spec:
      containers:
        - name: shipper
          image: example/shipper:5.0
          volumeMounts:
            - { name: runtime, mountPath: /var/run/containerd.sock }
      volumes:
        - name: runtime
          hostPath:
            path: /run/containerd/containerd.sock
`,
    ],
  },
});
