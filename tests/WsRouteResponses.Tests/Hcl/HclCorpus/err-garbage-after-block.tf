b {} x
