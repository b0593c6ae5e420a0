import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  kubernetes: {
    good: [
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: example/api:2.4
          env:
            - name: LOG_LEVEL
              value: info
          volumeMounts:
            - { name: db, mountPath: /var/run/secrets/db, readOnly: true }
      volumes:
        - name: db
          secret: { secretName: db }
`,
    ],
    bad: [
      `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
  namespace: data
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: example/backup:1.0
              env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef: { name: db, key: password }
`,
      `apiVersion: v1
kind: Pod
metadata:
  name: worker
  namespace: data
spec:
  containers:
    - name: worker
      image: example/worker:1.0
      envFrom:
        - secretRef: { name: worker-credentials }
`,
    ],
  },
});
