variable "region" {
  type        = string
  default     = "us-east-1"
  description = "Region"
}

variable "stage_name" {
  type    = string
  default = "prod"
  validation {
    condition     = can(regex("^[a-z]+$", var.stage_name))
    error_message = "The stage name must be lower case letters."
  }
}

variable "throttle" {
  type = object({ burst = number, rate = number })
  default = { burst = 500, rate = 1000.5 }
  sensitive = false
  nullable  = true
}
