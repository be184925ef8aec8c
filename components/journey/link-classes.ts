export { buttonClasses as linkButton } from "@/components/ui/button-classes";
