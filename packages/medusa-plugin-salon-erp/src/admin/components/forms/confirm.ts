import { usePrompt } from "@medusajs/ui"

/** What the confirmation asks: title, description, button texts… */
export type Question = Parameters<ReturnType<typeof usePrompt>>[0]

/** Asks first and runs `action` once confirmed; the buttons read "Delete" and "Cancel" unless told. */
export const useConfirm = () => {
  const prompt = usePrompt()
  return async (question: Question, action: () => void) => {
    if (await prompt({ confirmText: "Delete", cancelText: "Cancel", ...question })) action()
  }
}
