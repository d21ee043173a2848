export { Button, buttonClasses } from "./button";
export { Input, Textarea, Label } from "./input";
export { Card, CardHeader, CardBody } from "./card";
export { Badge, type BadgeTone } from "./badge";
export { Table, Th, Td, EmptyRow } from "./table";
export { cx } from "./cx";
export { DetailRow } from "./detail-row";
export { ActionError } from "./action-error";
